public enum PalisadeBenchPlaceholder {}
