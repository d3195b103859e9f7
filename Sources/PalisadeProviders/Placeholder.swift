public enum PalisadeProvidersPlaceholder {}
