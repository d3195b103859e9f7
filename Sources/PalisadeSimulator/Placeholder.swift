public enum PalisadeSimulatorPlaceholder {}
