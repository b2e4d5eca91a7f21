"""Teaching texts: lessons, the worked example written out, and the handout."""
