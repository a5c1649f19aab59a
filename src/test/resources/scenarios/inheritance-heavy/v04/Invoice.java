package scenario.inheritance;

import jakarta.persistence.*;
import java.math.BigDecimal;
import java.time.LocalDate;

@Entity
@DiscriminatorValue("INVOICE")
public class Invoice extends Document {

    @Column(precision = 12, scale = 2)
    BigDecimal amount;

    LocalDate dueDate;
}
