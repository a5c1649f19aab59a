package scenario.inheritance;

import jakarta.persistence.*;

@Entity
@Table(name = "tag", uniqueConstraints = @UniqueConstraint(name = "uk_tag_label", columnNames = "label"))
public class Tag {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "tag_seq")
    @SequenceGenerator(name = "tag_seq", sequenceName = "tag_seq", allocationSize = 1)
    Integer id;

    @Column(nullable = false, length = 50)
    String label;
}
