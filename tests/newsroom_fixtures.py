"""Hand-written news articles about invented events, shared by the dedup and story tests."""

PORT_STRIKE_WIRE = """\
MARLOW BAY — Dockworkers at the port of Marlow Bay walked off the job on Tuesday, halting the \
loading of container ships after talks over night-shift pay collapsed late on Monday.

The Harbour Workers Guild, which represents about 2,300 crane operators and lashers, said the \
stoppage would last at least 48 hours. Guild president Dana Okafor told a crowd outside the \
north gate that members had waited eleven months for a new contract.

"We have been patient, and patience has not paid the rent," Okafor said, as workers behind her \
held placards reading "Fair Shifts Now".

The Marlow Bay Port Authority called the walkout unlawful and said it would seek an injunction. \
Its chief executive, Elias Brandt, said the authority had offered a 4 percent raise over two \
years and a review of overtime rules.

Shipping agents said at least nine vessels were waiting at anchor by Tuesday evening, and two \
carriers had begun diverting cargo to the smaller terminal at Kessington, 60 kilometres south.

Local fruit exporters warned that refrigerated containers could not be held for long. "Every \
day the cranes stand still we lose money and customers," said Mirela Voss of the Coastal \
Growers Cooperative.

The regional labour minister, Paul Adeyemi, urged both sides to return to mediation and said \
his office was ready to host talks on Wednesday.

The last strike at the port, in 2019, lasted five days and cost exporters an estimated 30 \
million in lost sales, according to the cooperative.
"""

# The same wire story as a subscriber ran it: credit line added, one paragraph dropped, two
# words edited. (The changed headline lives in the title, not in the text.)
_DROPPED_PARAGRAPH = PORT_STRIKE_WIRE[
    PORT_STRIKE_WIRE.index("Local fruit exporters") : PORT_STRIKE_WIRE.index("The regional labour")
]
PORT_STRIKE_REPRINT = "(Coastline Press) — " + (
    PORT_STRIKE_WIRE.replace(_DROPPED_PARAGRAPH, "")
    .replace("talks over night-shift pay collapsed", "talks over night-shift pay broke down")
    .replace("walkout unlawful", "walkout illegal")
)

# Another outlet's own report on the same strike: same facts and names, its own words.
PORT_STRIKE_OTHER_OUTLET = """\
Container traffic through Marlow Bay came to a standstill on Tuesday as members of the Harbour \
Workers Guild began a two-day strike over night-shift wages.

Crane operators left their posts at dawn. By the afternoon the quays were silent and a queue of \
ships had formed outside the breakwater, according to harbour pilots.

Dana Okafor, who leads the guild, accused the Marlow Bay Port Authority of dragging out \
negotiations for nearly a year. She said the union would not return to work without a written \
guarantee on night-shift pay.

Elias Brandt, the authority's chief executive, described the action as an illegal strike and \
said lawyers were preparing to ask a court to order the dockworkers back. He said the offer on \
the table, a 4 percent increase, was fair.

Exporters of fresh produce were the first to feel the strike. Growers said refrigerated cargo \
was already being trucked to Kessington, where the smaller terminal was working at capacity.

Labour minister Paul Adeyemi offered to mediate and invited the guild and the port authority \
to meet at his office.
"""

# An unrelated event in the same days.
MUSEUM_THEFT = """\
VELDEN — A seventeenth-century seascape stolen from the Velden Municipal Museum four years ago \
has been found in a storage unit on the outskirts of the city, police said on Wednesday.

Detectives recovered the painting, attributed to the Flemish artist Adriaen Coster, during a \
search linked to an unrelated fraud inquiry. Inspector Tomas Reyes said the canvas had been \
rolled up and wrapped in a moving blanket but appeared largely undamaged.

The museum's curator, Ingrid Solberg, said conservators would examine the work before deciding \
when it could return to the gallery. "We never stopped hoping," she said.

The painting was taken during a night-time break-in in which thieves cut through a skylight. \
Two men were later convicted of handling stolen goods, but the canvas itself was never traced.

Police said a 52-year-old man had been arrested and was being questioned.
"""

MUSEUM_THEFT_OTHER_OUTLET = """\
Police in Velden have recovered a stolen Adriaen Coster seascape, ending a four-year search for \
one of the Velden Municipal Museum's most prized works.

The canvas turned up in a rented storage unit that officers searched as part of a fraud \
investigation, Inspector Tomas Reyes told reporters. A man in his fifties was arrested.

Curator Ingrid Solberg said the painting would be checked by conservators. The theft, in which \
burglars entered through a skylight, had left an empty space on the museum's main wall.
"""

# Six weeks after the strike: the same port, union and people, but a new dispute.
PORT_DISPUTE_LATER = """\
MARLOW BAY — The Harbour Workers Guild has threatened fresh action at the port of Marlow Bay \
after the port authority announced plans to automate two of its container berths.

Guild president Dana Okafor said the automation plan broke promises made when last month's \
strike ended, and that members would vote next week on an overtime ban.

The Marlow Bay Port Authority said the new cranes would be installed over three years and that \
no worker would be dismissed. Chief executive Elias Brandt said automation was needed to \
compete with larger ports.

Shipping agents said they were watching the dispute closely.
"""

PORT_STRIKE_TITLE = "Marlow Bay dockworkers strike over night-shift pay"
PORT_STRIKE_REPRINT_TITLE = "Port strike halts ships at Marlow Bay"
PORT_STRIKE_OTHER_TITLE = "Ships queue as Marlow Bay port strike begins"
MUSEUM_TITLE = "Stolen seascape found in Velden storage unit"
MUSEUM_OTHER_TITLE = "Police recover Coster painting stolen from Velden museum"
PORT_LATER_TITLE = "Dockworkers threaten action over Marlow Bay automation"
