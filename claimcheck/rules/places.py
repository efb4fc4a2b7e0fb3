"""Rules for reading place names: words that do not change which place is meant, as data."""

# Words before a place name that are not part of it ("the Netherlands", "the Bronx").
LEADING_WORDS: frozenset[str] = frozenset({"the"})

# Words after a name that say what kind of place it is, not which: "Kahramanmaraş province" is
# Kahramanmaraş, "Dhaka District" is Dhaka, "Elbistan district" is Elbistan.
DESIGNATORS: frozenset[str] = frozenset({
    "province", "district", "county", "state", "region", "governorate", "prefecture", "city",
    "department", "oblast", "municipality", "parish", "borough", "island", "islands",
})  # fmt: skip

# Names of countries in the news that GeoNames does not give (its own are read from it), by the
# name GeoNames gives the country; the common short names (US, Britain) are in rules.entities.
COUNTRY_ALIASES: dict[str, tuple[str, ...]] = {
    "Turkey": ("Türkiye", "Turkiye"),
    "Czechia": ("Czech Republic",),
    "Ivory Coast": ("Côte d'Ivoire", "Cote d'Ivoire"),
    "Myanmar": ("Burma",),
    "Cabo Verde": ("Cape Verde",),
    "Eswatini": ("Swaziland",),
    "Palestinian Territory": ("Palestine", "State of Palestine", "Palestinian territories"),
}
