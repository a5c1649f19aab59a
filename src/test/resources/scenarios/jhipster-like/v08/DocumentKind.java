package scenario.jhipster;

public enum DocumentKind {
    CONTRACT, INVOICE, PHOTO, OTHER
}
