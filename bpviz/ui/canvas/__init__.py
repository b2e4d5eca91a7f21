"""The network canvas: neurons, edges and their numbers, drawn from what the step revealed."""
