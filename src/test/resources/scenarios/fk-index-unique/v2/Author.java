package scenario.fkindexunique;

import jakarta.persistence.*;

@Entity
public class Author {
    @Id
    @GeneratedValue
    Long id;

    String name;
}
