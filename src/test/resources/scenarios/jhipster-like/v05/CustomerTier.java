package scenario.jhipster;

public enum CustomerTier {
    FREE, STANDARD, PREMIUM
}
