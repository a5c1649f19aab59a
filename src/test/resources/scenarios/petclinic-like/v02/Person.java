package scenario.petclinic;

import jakarta.persistence.*;

/** A person: an owner or a vet. */
@MappedSuperclass
public class Person extends BaseEntity {

    @Column(name = "first_name")
    String firstName;

    @Column(name = "last_name")
    String lastName;
}
