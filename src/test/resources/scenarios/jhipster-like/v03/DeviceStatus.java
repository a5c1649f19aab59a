package scenario.jhipster;

public enum DeviceStatus {
    ACTIVE, SUSPENDED, RETIRED
}
