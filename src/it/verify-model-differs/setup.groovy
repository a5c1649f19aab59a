import static dev.migrate.testing.ItSupport.*

copyExample(new File(exampleDir), basedir, projectVersion)
// An entity change without a revision: a new column on investments.
replaceIn(new File(basedir, 'src/main/java/com/bettercallbuffet/finance/Investment.java'),
    '    @Column(name = "opened_on")', '    private String broker;\n\n    @Column(name = "opened_on")')
return true
