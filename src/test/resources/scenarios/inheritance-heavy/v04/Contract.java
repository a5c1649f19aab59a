package scenario.inheritance;

import jakarta.persistence.*;
import java.time.LocalDate;

@Entity
@DiscriminatorValue("CONTRACT")
public class Contract extends Document {

    LocalDate signedOn;

    LocalDate endsOn;
}
