package scenario.petclinic;

import jakarta.persistence.*;

@Entity
@Table(name = "types", uniqueConstraints = @UniqueConstraint(name = "uk_types_name", columnNames = "name"))
public class PetType extends NamedEntity {
}
