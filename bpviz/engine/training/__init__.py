"""Training: minibatch gradient descent over a data set, its settings, history and compiled epoch."""
