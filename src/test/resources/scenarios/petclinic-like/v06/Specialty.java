package scenario.petclinic;

import jakarta.persistence.*;

@Entity
@Table(name = "specialties")
public class Specialty extends NamedEntity {
}
