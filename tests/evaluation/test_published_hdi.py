"""Recompute a published composite index from its published components: the UNDP HDI.

Source of the numbers: UNDP, Human Development Report 2015, statistical annex, Table 1 "Human
Development Index and its components" (values for 2014), as archived from
hdr.undp.org/en/composite/HDI (megalodon.jp/ref/2016-0515-0933-16/hdr.undp.org/en/composite/HDI):
HDI rank, HDI value, life expectancy at birth, expected years of schooling, mean years of
schooling, GNI per capita (2011 PPP $), for the first 24 countries.

Method (UNDP, hdr.undp.org/en/content/human-development-index-hdi, technical note 1 of the
2015 report): life expectancy normalised with goalposts 20 and 85 years; expected years of
schooling with 0 and 18 (capped at 18) and mean years of schooling with 0 and 15, combined by the
arithmetic mean into the education index; GNI per capita on natural logarithms with goalposts
$100 and $75,000 (capped); the HDI is the geometric mean of the three dimension indices.

The published components are rounded (one decimal for years, whole dollars), while UNDP computes
from unrounded data, so a recomputed HDI may differ from the published three-decimal value by one
unit in the last place. The test asserts that, and that every pair of countries whose published
values differ by more than that rounding is ordered as published.
"""

import pytest

import rulegov

# country | HDI | rank | life expectancy | expected years | mean years | GNI per capita
TABLE_1_HDR_2015 = """
Norway|0.944|1|81.6|17.5|12.6|64992
Australia|0.935|2|82.4|20.2|13.0|42261
Switzerland|0.930|3|83.0|15.8|12.8|56431
Denmark|0.923|4|80.2|18.7|12.7|44025
Netherlands|0.922|5|81.6|17.9|11.9|45435
Germany|0.916|6|80.9|16.5|13.1|43919
Ireland|0.916|6|80.9|18.6|12.2|39568
United States|0.915|8|79.1|16.5|12.9|52947
Canada|0.913|9|82.0|15.9|13.0|42155
New Zealand|0.913|9|81.8|19.2|12.5|32689
Singapore|0.912|11|83.0|15.4|10.6|76628
Hong Kong, China (SAR)|0.910|12|84.0|15.6|11.2|53959
Liechtenstein|0.908|13|80.0|15.0|11.8|79851
Sweden|0.907|14|82.2|15.8|12.1|45636
United Kingdom|0.907|14|80.7|16.2|13.1|39267
Iceland|0.899|16|82.6|19.0|10.6|35182
Korea (Republic of)|0.898|17|81.9|16.9|11.9|33890
Israel|0.894|18|82.4|16.0|12.5|30676
Luxembourg|0.892|19|81.7|13.9|11.7|58711
Japan|0.891|20|83.5|15.3|11.5|36927
Belgium|0.890|21|80.8|16.3|11.3|41187
France|0.888|22|82.2|16.0|11.1|38056
Austria|0.885|23|81.4|15.7|10.8|43869
Finland|0.883|24|80.8|17.1|10.3|38695
"""

HDI_SCHEME = {
    "id": "hdi-2015",
    "name": "Human Development Index (HDR 2015 method)",
    "root": {
        "id": "hdi",
        "aggregation": "geometric",
        "children": [
            {
                "id": "health",
                "children": [
                    {
                        "id": "life_expectancy",
                        "normalisation": {"kind": "goalposts", "low": 20, "high": 85},
                    }
                ],
            },
            {
                "id": "education",
                "children": [
                    {
                        "id": "expected_years",
                        "normalisation": {"kind": "goalposts", "low": 0, "high": 18},
                    },
                    {
                        "id": "mean_years",
                        "normalisation": {"kind": "goalposts", "low": 0, "high": 15},
                    },
                ],
            },
            {
                "id": "income",
                "children": [
                    {
                        "id": "gni_per_capita",
                        "normalisation": {
                            "kind": "goalposts",
                            "low": 100,
                            "high": 75000,
                            "log": True,
                        },
                    }
                ],
            },
        ],
    },
    "display": {"digits": 3},
}


def _table():
    rows = {}
    for line in TABLE_1_HDR_2015.strip().splitlines():
        country, hdi, rank, life, expected, mean, gni = line.split("|")
        rows[country] = (
            float(hdi),
            int(rank),
            float(life),
            float(expected),
            float(mean),
            float(gni),
        )
    return rows


@pytest.fixture(scope="module")
def result():
    data = {
        country: {
            "life_expectancy": row[2],
            "expected_years": row[3],
            "mean_years": row[4],
            "gni_per_capita": row[5],
        }
        for country, row in _table().items()
    }
    return rulegov.evaluate(rulegov.Scheme.model_validate(HDI_SCHEME), data)


def test_norway_matches_to_the_published_digit(result):
    assert result.display("Norway") == "0.944"
    assert result.score("Norway", "income") == pytest.approx(0.97836, abs=1e-5)


def test_every_recomputed_hdi_is_within_rounding_of_the_published_value(result):
    published = _table()
    exact = 0
    for country, row in published.items():
        shown = float(result.display(country))
        assert abs(shown - row[0]) <= 0.001 + 1e-12, country
        exact += shown == row[0]
    assert exact >= 14  # most agree to the last published digit


def test_ranks_follow_the_published_order(result):
    published = _table()
    assert result.rank("Norway") == 1
    assert result.rank("Australia") == 2
    assert result.rank("Finland") == len(published)
    for first, a in published.items():
        for second, b in published.items():
            if a[0] - b[0] > 0.002:  # clearly ahead in the published table
                assert result.rank(first) < result.rank(second), (first, second)


def test_goalposts_cap_income_and_schooling(result):
    # Singapore and Liechtenstein exceed the $75,000 goalpost; Australia's 20.2 expected years
    # exceed the 18-year cap: each index is capped at 1.
    assert result.score("Singapore", "income") == 1.0
    assert result.score("Liechtenstein", "income") == 1.0
    assert result.score("Australia", "expected_years") == 1.0
