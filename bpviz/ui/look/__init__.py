"""How things look: the palette, themes, fonts, the seed's notation and numbers fitted to their room."""
