"""Training live: the session and its worker thread, earlier runs, and the maps of the input plane."""
