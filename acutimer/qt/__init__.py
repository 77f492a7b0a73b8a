"""Qt adapters around the core: QObjects with signals, no widgets."""
