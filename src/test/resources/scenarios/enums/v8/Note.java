package scenario.enums;

import jakarta.persistence.*;

@Entity
public class Note {
    @Id
    @GeneratedValue
    Long id;

    @Column(length = 200)
    String text;
}
