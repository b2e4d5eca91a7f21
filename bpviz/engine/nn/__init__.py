"""The network and the seed's equations: activations, losses, the forward and backward pass, the step cursor."""
