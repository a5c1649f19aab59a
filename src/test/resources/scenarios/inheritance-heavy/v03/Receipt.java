package scenario.inheritance;

import jakarta.persistence.*;

@Entity
@DiscriminatorValue("RECEIPT")
public class Receipt extends Document {

    @Column(name = "receipt_number", length = 30)
    String receiptNumber;
}
