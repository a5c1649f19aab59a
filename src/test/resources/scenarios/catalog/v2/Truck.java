package scenario.catalog;

import jakarta.persistence.*;

@Entity
@DiscriminatorValue("TRUCK")
public class Truck extends Vehicle {
    Double payloadTons;
}
