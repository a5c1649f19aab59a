package scenario.petclinic;

import jakarta.persistence.*;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;

@Entity
@Table(name = "pets")
public class Pet extends NamedEntity {

    @Column(name = "birth_date")
    LocalDate birthDate;

    @ManyToOne
    @JoinColumn(name = "type_id")
    PetType type;

    @ManyToOne
    @JoinColumn(name = "owner_id")
    Owner owner;

    @OneToMany(mappedBy = "pet", cascade = CascadeType.ALL, fetch = FetchType.EAGER)
    @OrderBy("date ASC")
    Set<Visit> visits = new LinkedHashSet<>();
}
