public enum PalisadeStorePlaceholder {}
