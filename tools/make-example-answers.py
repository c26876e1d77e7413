#!/usr/bin/env python3
"""Writes docs/examples/norrbotten-2023-answers.csv: the worked example's survey answers (issue #14).

An anonymous-style export of Moodle's feedback activity, as the learning platform gives it: a response number, then
one column per question headed "(label) question text", the chosen option's text in each cell, a blank cell where
the respondent gave no answer. 60 responses of Norrbotten's 2023 follow-up survey: 39 social secretaries, 8
supervisors, 7 managers, 5 "Annan" and one who left the role question blank.

The counts are chosen, then dealt out in a fixed pseudo-random order (a small linear congruential generator, so the
file is the same on every machine and Python version):

    goal 1a  31 of 36 counted (2 "Vet ej", 1 blank)          86.1 %  met
    goal 1b  31 of 39 counted                                79.4 %  not met, just below 80 %
    goal 1c  30 of 35 counted (2 "Vet ej", 2 blank)          85.7 %  met
    goal 1d  26 of 37 counted (1 "Vet ej", 1 blank)          70.2 %  not met
    goal 2   40 of 50 counted (2 "Vet ej", 2 blank)          80.0 %  met, exactly at 80 %
    goal 3   12 of 14 counted (1 "Vet ej")                   85.7 %  met
    goal 4   11 of 15 counted                                73.3 %  not met
    goal 5   12 of 13 counted (1 "Vet ej", 1 blank)          92.3 %  met

Answers of respondents outside a goal's roles are in the file too, and count for nothing: three "Annan" answered
q1a, and "Annan" and the respondent without a role answered q2. The tests recompute every count from the file
itself. Run from anywhere: python3 tools/make-example-answers.py
"""
import csv
import io
import os

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "docs", "examples", "norrbotten-2023-answers.csv")

HEADER = [
    "Svarsnummer",
    "(roll) Vilken roll har du?",
    "(kommun) I vilken kommun arbetar du?",
    "(q1a) Yrkesresan har gjort att jag känner mig stärkt i yrkesrollen",
    "(q1b) Yrkesresan har gjort att jag känner mig mer säker på att hitta information för att genomföra mina arbetsuppgifter",
    "(q1c) Yrkesresan har gjort att jag känner mig bättre rustad för att arbeta inom området",
    "(q1d) Yrkesresan har gjort att jag kan handlägga, dokumentera och samverka utifrån gällande regelverk",
    "(q2) Hur nöjd är du med de kurser du har deltagit i?",
    "(q3) Yrkesresan är ett stöd i introduktionen av ny personal",
    "(q4) Yrkesresan underlättar planeringen av kompetenshöjande insatser",
    "(q5) Hur nöjd är du med det stöd som erbjuds dig i din roll som arbetsledare eller chef?",
    "(q6) Övriga synpunkter",
]

HELT, DELVIS, INTE_SARSKILT, INTE_ALLS = "Instämmer helt", "Instämmer delvis", "Instämmer inte särskilt", "Instämmer inte alls"
MYCKET_NOJD, NOJD, VARKEN, MISSNOJD, MYCKET_MISSNOJD = "Mycket nöjd", "Nöjd", "Varken eller", "Missnöjd", "Mycket missnöjd"
VET_EJ, BLANK = "Vet ej", ""

MUNICIPALITIES = [
    ("Luleå", 12), ("Piteå", 8), ("Boden", 5), ("Kiruna", 5), ("Gällivare", 4), ("Kalix", 4), ("Haparanda", 3),
    ("Älvsbyn", 2), ("Arvidsjaur", 2), ("Jokkmokk", 2), ("Pajala", 2), ("Överkalix", 2), ("Övertorneå", 2),
    ("Arjeplog", 1), (BLANK, 6),
]

COMMENTS = [
    "Bra kurs, men för lite tid för diskussion.",
    "Mer om samtal med barn, tack.",
    "Kursdagen i Luleå var mycket givande.\nFörberedelserna tog längre tid än utlovat.",
    "Svårt att få tid till de digitala delarna",
    "Utbildarna var engagerade och kunniga.",
    "Önskar fler kurstillfällen på distans; resorna är långa.",
]


class Lcg:
    """A small linear congruential generator (Numerical Recipes' constants), the same everywhere."""

    def __init__(self, seed):
        self.state = seed
        for _ in range(100):  # the first values of a small seed are alike
            self.below(2)

    def below(self, n):
        self.state = (1664525 * self.state + 1013904223) % 2**32
        return self.state * n // 2**32

    def shuffled(self, items):
        items = list(items)
        for i in range(len(items) - 1, 0, -1):
            j = self.below(i + 1)
            items[i], items[j] = items[j], items[i]
        return items


def deal(rng, **counts):
    """A shuffled list of answers: counts by option, e.g. deal(rng, helt=3, vet_ej=1)."""
    names = {"helt": HELT, "delvis": DELVIS, "inte_sarskilt": INTE_SARSKILT, "inte_alls": INTE_ALLS,
             "mycket_nojd": MYCKET_NOJD, "nojd": NOJD, "varken": VARKEN, "missnojd": MISSNOJD,
             "mycket_missnojd": MYCKET_MISSNOJD, "vet_ej": VET_EJ, "blank": BLANK}
    answers = [names[k] for k, n in counts.items() for _ in range(n)]
    return rng.shuffled(answers)


def main():
    rng = Lcg(2023)
    roles = ["Socialsekreterare"] * 39 + ["Arbetsledare"] * 8 + ["Chef"] * 7 + ["Annan"] * 5 + [BLANK]
    roles = rng.shuffled(roles)
    places = rng.shuffled([name for name, n in MUNICIPALITIES for _ in range(n)])
    assert len(roles) == len(places) == 60

    # Each question's answers, for the respondents its goal counts (and, for q1a and q2, some it does not).
    q1a = deal(rng, helt=17, delvis=14, inte_sarskilt=4, inte_alls=1, vet_ej=2, blank=1)             # 39 social secretaries
    q1b = deal(rng, helt=15, delvis=16, inte_sarskilt=6, inte_alls=2)                                 # 39
    q1c = deal(rng, helt=18, delvis=12, inte_sarskilt=4, inte_alls=1, vet_ej=2, blank=2)              # 39
    q1d = deal(rng, helt=11, delvis=15, inte_sarskilt=8, inte_alls=3, vet_ej=1, blank=1)              # 39
    q2 = deal(rng, mycket_nojd=18, nojd=22, varken=6, missnojd=3, mycket_missnojd=1, vet_ej=2, blank=2)  # 54 staff
    q3 = deal(rng, helt=7, delvis=5, inte_sarskilt=2, vet_ej=1)                                       # 15 managers
    q4 = deal(rng, helt=5, delvis=6, inte_sarskilt=3, inte_alls=1)                                    # 15
    q5 = deal(rng, mycket_nojd=6, nojd=6, missnojd=1, vet_ej=1, blank=1)                              # 15
    others_q1a = [HELT, DELVIS, HELT, BLANK, BLANK]                                                   # the five "Annan"
    others_q2 = [NOJD, NOJD, MISSNOJD, BLANK, MYCKET_NOJD, NOJD]                                      # five "Annan", one without a role
    comments = iter(COMMENTS)

    rows = []
    for number, (role, place) in enumerate(zip(roles, places), start=1):
        row = {h: BLANK for h in HEADER}
        row[HEADER[0]] = str(number)
        row[HEADER[1]] = role
        row[HEADER[2]] = place
        if role == "Socialsekreterare":
            row[HEADER[3]], row[HEADER[4]], row[HEADER[5]], row[HEADER[6]] = q1a.pop(), q1b.pop(), q1c.pop(), q1d.pop()
            row[HEADER[7]] = q2.pop()
        elif role in ("Arbetsledare", "Chef"):
            row[HEADER[7]] = q2.pop()
            row[HEADER[8]], row[HEADER[9]], row[HEADER[10]] = q3.pop(), q4.pop(), q5.pop()
        else:
            if role == "Annan":
                row[HEADER[3]] = others_q1a.pop()
            row[HEADER[7]] = others_q2.pop()
        if number % 10 == 3:
            row[HEADER[11]] = next(comments)
        rows.append([row[h] for h in HEADER])
    assert not (q1a or q1b or q1c or q1d or q2 or q3 or q4 or q5 or others_q1a or others_q2)

    text = io.StringIO()
    writer = csv.writer(text, lineterminator="\n")
    writer.writerow(HEADER)
    writer.writerows(rows)
    with open(OUT, "w", encoding="utf-8", newline="") as f:
        f.write(text.getvalue())


if __name__ == "__main__":
    main()
