"""What leaves the window: pictures, handouts and recordings."""
