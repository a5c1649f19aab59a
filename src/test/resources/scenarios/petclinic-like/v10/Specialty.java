package scenario.petclinic;

import jakarta.persistence.*;

@Entity
@Table(name = "specialties", uniqueConstraints = @UniqueConstraint(name = "uk_specialties_name", columnNames = "name"))
public class Specialty extends NamedEntity {
}
