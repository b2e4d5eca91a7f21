"""Test configuration shared by every layer of the suite."""

import os

# Every test runs headless, whoever runs it and whatever display they have.
os.environ["QT_QPA_PLATFORM"] = "offscreen"
