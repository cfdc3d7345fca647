extension Manifest {
  /// The manifest with every secret a page wrote masked in its text and
  /// values (see ``SecretText``); a requirement whose value was a secret
  /// keeps its shape (a URL keeps its host) or becomes a secret requirement.
  public func maskingSecrets() -> Manifest {
    var m = self
    let mask = SecretText.masked
    for i in m.requirements.indices {
      m.requirements[i].quote = mask(m.requirements[i].quote)
      guard case .string(let text)? = m.requirements[i].value else { continue }
      let clean = mask(text)
      guard clean != text else { continue }
      if text.contains("://") && !text.lowercased().hasPrefix("bearer ") {
        m.requirements[i].value = .string(clean)
      } else {
        m.requirements[i].value = nil
        m.requirements[i].secret = true
      }
    }
    for i in m.notes.indices {
      m.notes[i].quote = mask(m.notes[i].quote)
      m.notes[i].message = mask(m.notes[i].message)
    }
    for i in m.facts.indices {
      m.facts[i].text = mask(m.facts[i].text)
      if case .string(let text)? = m.facts[i].value { m.facts[i].value = .string(mask(text)) }
    }
    for i in m.prerequisites.indices { m.prerequisites[i].text = mask(m.prerequisites[i].text) }
    for p in m.procedures.indices {
      for s in m.procedures[p].steps.indices {
        m.procedures[p].steps[s].text = mask(m.procedures[p].steps[s].text)
        for n in m.procedures[p].steps[s].notes.indices {
          m.procedures[p].steps[s].notes[n].text = mask(m.procedures[p].steps[s].notes[n].text)
        }
        for a in m.procedures[p].steps[s].actions.indices {
          guard let value = m.procedures[p].steps[s].actions[a].value else { continue }
          let clean = mask(value)
          if clean != value {
            m.procedures[p].steps[s].actions[a].value = clean
            m.procedures[p].steps[s].actions[a].secret = true
          }
        }
      }
    }
    return m
  }
}
