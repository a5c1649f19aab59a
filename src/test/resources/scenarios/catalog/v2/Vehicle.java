package scenario.catalog;

import jakarta.persistence.*;

@Entity
@Inheritance(strategy = InheritanceType.SINGLE_TABLE)
@DiscriminatorColumn(name = "kind")
public abstract class Vehicle {
    @Id
    @GeneratedValue
    Long id;

    String model;
}
