package scenario.inheritance;

import jakarta.persistence.*;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

@Entity
@Table(name = "person")
@PrimaryKeyJoinColumn(name = "party_id")
public class Person extends Party {

    @Column(name = "birth_date", nullable = false)
    LocalDate birthDate;

    @Column(length = 254)
    String email;

    @ElementCollection
    @CollectionTable(name = "person_nickname", joinColumns = @JoinColumn(name = "person_id"))
    @OrderColumn(name = "position")
    @Column(name = "nickname", length = 40)
    List<String> nicknames = new ArrayList<>();
}
