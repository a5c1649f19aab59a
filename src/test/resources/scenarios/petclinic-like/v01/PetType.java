package scenario.petclinic;

import jakarta.persistence.*;

@Entity
@Table(name = "types")
public class PetType extends NamedEntity {
}
