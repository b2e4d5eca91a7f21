"""The training lab: the train panel, the data panel, the output plot and the training curves."""
