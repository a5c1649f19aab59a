package scenario.fktoplaincolumn;

import jakarta.persistence.*;

@Entity
public class Book {
    @Id
    @GeneratedValue
    Long id;

    String title;

    @ManyToOne
    @JoinColumn(name = "author_id")
    Author author;
}
