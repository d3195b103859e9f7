public enum PalisadeInjectionPlaceholder {}
