"""The window around the views: the application, main window, menus, dialogs, presenter mode and messages."""
