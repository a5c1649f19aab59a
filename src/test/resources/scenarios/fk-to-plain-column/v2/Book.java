package scenario.fktoplaincolumn;

import jakarta.persistence.*;

@Entity
public class Book {
    @Id
    @GeneratedValue
    Long id;

    String title;

    @Column(name = "author_id")
    Long authorId;
}
