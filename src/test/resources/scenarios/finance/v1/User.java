package scenario.finance;

import jakarta.persistence.*;
import java.time.Instant;

@Entity
@Table(name = "users")
public class User {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @Column(nullable = false, unique = true, length = 320)
    String email;

    @Column(length = 100)
    String name;

    @Column(nullable = false)
    Instant createdAt;
}
