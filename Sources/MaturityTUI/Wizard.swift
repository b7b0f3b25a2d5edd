// placeholder until the wizard lands
