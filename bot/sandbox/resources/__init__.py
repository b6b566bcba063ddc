"""One module per family of Clio resources, each exporting `RESOURCES`: the registry's entries."""
