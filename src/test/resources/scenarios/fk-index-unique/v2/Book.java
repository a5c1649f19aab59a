package scenario.fkindexunique;

import jakarta.persistence.*;

@Entity
@Table(uniqueConstraints = @UniqueConstraint(name = "uk_book_author_title", columnNames = {"author_id", "title"}))
public class Book {
    @Id
    @GeneratedValue
    Long id;

    String title;

    @ManyToOne
    @JoinColumn(name = "author_id")
    Author author;
}
