"""The document: the network, its example and step cursor, the data lab, commands and the undo stack."""
