"""Stepping through one step: the step bar, the inspector, the weights table and the example and network panels."""
