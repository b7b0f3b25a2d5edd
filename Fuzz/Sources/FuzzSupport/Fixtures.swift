import MaturityCore

/// The two questionnaires the session and CSV harnesses parse against: a
/// points model (method/execution, 0/5/10, N/A per criterion) and a level
/// model (aspects rated 1–4, N/A per aspect). The text is byte for byte
/// Tests/MaturityCoreTests/Corpus/reference/points.json and levels.json, so
/// sessions in the test corpus carry the right content hash and reach the
/// "same questionnaire" checks of the reconciler.
public enum FuzzFixtures {
    public static let points: Questionnaire = load(pointsJSON, "points.json")
    public static let levels: Questionnaire = load(levelsJSON, "levels.json")

    private static func load(_ text: String, _ name: String) -> Questionnaire {
        do {
            return try QuestionnaireDecoder.decode(bytes: Array(text.utf8), file: name)
        } catch {
            fatalError("the fuzz fixture \(name) does not load: \(error)")
        }
    }

    static let pointsJSON = #"""
{
  "format": 1,
  "id": "fixture",
  "version": "1",
  "title": {
    "zh": "测试问卷",
    "en": "Test questionnaire"
  },
  "scale": {
    "values": [
      0,
      5,
      10
    ],
    "labels": {
      "0": {
        "zh": "否",
        "en": "No"
      },
      "5": {
        "zh": "部分",
        "en": "Partly"
      },
      "10": {
        "zh": "是",
        "en": "Yes"
      }
    },
    "not_applicable": true
  },
  "angles": [
    {
      "id": "method",
      "title": {
        "zh": "方法",
        "en": "Method"
      }
    },
    {
      "id": "execution",
      "title": {
        "zh": "执行",
        "en": "Execution"
      }
    }
  ],
  "groups": [
    {
      "id": "A",
      "title": {
        "zh": "甲",
        "en": "A"
      },
      "criteria": [
        {
          "id": "1",
          "title": {
            "zh": "准则1",
            "en": "Criterion 1"
          },
          "statement": {
            "zh": "陈述",
            "en": "Statement"
          },
          "provenance": "source",
          "questions": [
            {
              "angle": "method",
              "text": {
                "zh": "问题",
                "en": "Question"
              },
              "guidance": {
                "0": {
                  "zh": "指引0",
                  "en": "Guidance 0"
                },
                "5": {
                  "zh": "指引5",
                  "en": "Guidance 5"
                },
                "10": {
                  "zh": "指引10",
                  "en": "Guidance 10"
                }
              },
              "evidence": {
                "zh": "证据",
                "en": "Evidence"
              }
            },
            {
              "angle": "execution",
              "text": {
                "zh": "问题",
                "en": "Question"
              },
              "guidance": {
                "0": {
                  "zh": "指引0",
                  "en": "Guidance 0"
                },
                "5": {
                  "zh": "指引5",
                  "en": "Guidance 5"
                },
                "10": {
                  "zh": "指引10",
                  "en": "Guidance 10"
                }
              },
              "evidence": {
                "zh": "证据",
                "en": "Evidence"
              }
            }
          ]
        },
        {
          "id": "2",
          "title": {
            "zh": "准则2",
            "en": "Criterion 2"
          },
          "statement": {
            "zh": "陈述",
            "en": "Statement"
          },
          "provenance": "source",
          "questions": [
            {
              "angle": "method",
              "text": {
                "zh": "问题",
                "en": "Question"
              },
              "guidance": {
                "0": {
                  "zh": "指引0",
                  "en": "Guidance 0"
                },
                "5": {
                  "zh": "指引5",
                  "en": "Guidance 5"
                },
                "10": {
                  "zh": "指引10",
                  "en": "Guidance 10"
                }
              },
              "evidence": {
                "zh": "证据",
                "en": "Evidence"
              }
            },
            {
              "angle": "execution",
              "text": {
                "zh": "问题",
                "en": "Question"
              },
              "guidance": {
                "0": {
                  "zh": "指引0",
                  "en": "Guidance 0"
                },
                "5": {
                  "zh": "指引5",
                  "en": "Guidance 5"
                },
                "10": {
                  "zh": "指引10",
                  "en": "Guidance 10"
                }
              },
              "evidence": {
                "zh": "证据",
                "en": "Evidence"
              }
            }
          ]
        }
      ]
    },
    {
      "id": "B",
      "title": {
        "zh": "乙",
        "en": "B"
      },
      "criteria": [
        {
          "id": "3",
          "title": {
            "zh": "准则3",
            "en": "Criterion 3"
          },
          "statement": {
            "zh": "陈述",
            "en": "Statement"
          },
          "provenance": "source",
          "questions": [
            {
              "angle": "method",
              "text": {
                "zh": "问题",
                "en": "Question"
              },
              "guidance": {
                "0": {
                  "zh": "指引0",
                  "en": "Guidance 0"
                },
                "5": {
                  "zh": "指引5",
                  "en": "Guidance 5"
                },
                "10": {
                  "zh": "指引10",
                  "en": "Guidance 10"
                }
              },
              "evidence": {
                "zh": "证据",
                "en": "Evidence"
              }
            },
            {
              "angle": "execution",
              "text": {
                "zh": "问题",
                "en": "Question"
              },
              "guidance": {
                "0": {
                  "zh": "指引0",
                  "en": "Guidance 0"
                },
                "5": {
                  "zh": "指引5",
                  "en": "Guidance 5"
                },
                "10": {
                  "zh": "指引10",
                  "en": "Guidance 10"
                }
              },
              "evidence": {
                "zh": "证据",
                "en": "Evidence"
              }
            }
          ]
        }
      ]
    }
  ],
  "scoring": {
    "method": "lowest_group",
    "groups": [
      "A",
      "B"
    ]
  }
}
"""#

    static let levelsJSON = #"""
{
  "format": 1,
  "id": "fixture-levels",
  "version": "1",
  "title": {
    "zh": "等级测试",
    "en": "Level test"
  },
  "scale": {
    "values": [
      1,
      2,
      3,
      4
    ],
    "labels": {
      "1": {
        "zh": "1级",
        "en": "Level 1"
      },
      "2": {
        "zh": "2级",
        "en": "Level 2"
      },
      "3": {
        "zh": "3级",
        "en": "Level 3"
      },
      "4": {
        "zh": "4级",
        "en": "Level 4"
      }
    },
    "not_applicable": true
  },
  "angles": [
    {
      "id": "approach",
      "title": {
        "zh": "方法",
        "en": "Approach"
      }
    },
    {
      "id": "deployment",
      "title": {
        "zh": "展开",
        "en": "Deployment"
      }
    },
    {
      "id": "trend",
      "title": {
        "zh": "趋势",
        "en": "Trend"
      }
    }
  ],
  "groups": [
    {
      "id": "E",
      "title": {
        "zh": "促成",
        "en": "Enablers"
      },
      "criteria": [
        {
          "id": "1",
          "title": {
            "zh": "准则1",
            "en": "Criterion 1"
          },
          "statement": {
            "zh": "陈述",
            "en": "Statement"
          },
          "provenance": "source",
          "questions": [
            {
              "angle": "approach",
              "text": {
                "zh": "问题",
                "en": "Question"
              },
              "guidance": {
                "1": {
                  "zh": "指引1",
                  "en": "Guidance 1"
                },
                "2": {
                  "zh": "指引2",
                  "en": "Guidance 2"
                },
                "3": {
                  "zh": "指引3",
                  "en": "Guidance 3"
                },
                "4": {
                  "zh": "指引4",
                  "en": "Guidance 4"
                }
              },
              "evidence": {
                "zh": "证据",
                "en": "Evidence"
              }
            },
            {
              "angle": "deployment",
              "text": {
                "zh": "问题",
                "en": "Question"
              },
              "guidance": {
                "1": {
                  "zh": "指引1",
                  "en": "Guidance 1"
                },
                "2": {
                  "zh": "指引2",
                  "en": "Guidance 2"
                },
                "3": {
                  "zh": "指引3",
                  "en": "Guidance 3"
                },
                "4": {
                  "zh": "指引4",
                  "en": "Guidance 4"
                }
              },
              "evidence": {
                "zh": "证据",
                "en": "Evidence"
              }
            }
          ]
        }
      ]
    },
    {
      "id": "R",
      "title": {
        "zh": "结果",
        "en": "Results"
      },
      "criteria": [
        {
          "id": "2",
          "title": {
            "zh": "准则2",
            "en": "Criterion 2"
          },
          "statement": {
            "zh": "陈述",
            "en": "Statement"
          },
          "provenance": "source",
          "questions": [
            {
              "angle": "trend",
              "text": {
                "zh": "问题",
                "en": "Question"
              },
              "guidance": {
                "1": {
                  "zh": "指引1",
                  "en": "Guidance 1"
                },
                "2": {
                  "zh": "指引2",
                  "en": "Guidance 2"
                },
                "3": {
                  "zh": "指引3",
                  "en": "Guidance 3"
                },
                "4": {
                  "zh": "指引4",
                  "en": "Guidance 4"
                }
              },
              "evidence": {
                "zh": "证据",
                "en": "Evidence"
              }
            }
          ]
        }
      ]
    }
  ],
  "scoring": {
    "method": "mean_level",
    "levels": [
      {
        "id": "L1",
        "name": {
          "zh": "1级",
          "en": "Level 1"
        }
      },
      {
        "id": "L2",
        "name": {
          "zh": "2级",
          "en": "Level 2"
        }
      },
      {
        "id": "L3",
        "name": {
          "zh": "3级",
          "en": "Level 3"
        }
      },
      {
        "id": "L4",
        "name": {
          "zh": "4级",
          "en": "Level 4"
        }
      }
    ]
  }
}
"""#
}
