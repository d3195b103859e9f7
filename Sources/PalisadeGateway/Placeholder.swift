public enum PalisadeGatewayPlaceholder {}
