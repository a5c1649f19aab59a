package scenario.catalog;

import jakarta.persistence.*;

@Entity
public class BankPayment extends Payment {
    @Column(length = 34)
    String iban;
}
