package scenario.petclinic;

import jakarta.persistence.*;

/** An entity with a name, such as a pet type or a specialty. */
@MappedSuperclass
public class NamedEntity extends BaseEntity {

    @Column(name = "name")
    String name;

    @Override
    public String toString() {
        return name;
    }
}
