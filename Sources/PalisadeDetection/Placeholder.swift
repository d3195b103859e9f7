public enum PalisadeDetectionPlaceholder {}
